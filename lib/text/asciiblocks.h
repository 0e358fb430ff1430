#pragma once

// UTF-16 units eight to a register (SSE2, the x86-64 baseline): the scans
// over a text use it to pass over runs of plain ASCII, most of a French or
// English text, sixteen units at a time, and look one by one only at the
// other units. Callers keep a scalar path for the units left over and for
// builds without SSE2.

#if defined(__SSE2__)
#include <emmintrin.h>

namespace liaison::asciiblocks {

constexpr int kUnits = 8;

inline __m128i load(const char16_t *s)
{
    return _mm_loadu_si128(reinterpret_cast<const __m128i *>(s));
}

// One bit per unit (bit i for unit i) of a 16-bit lane mask, or of two
// (sixteen units, the second's from bit 8).
inline unsigned bits(__m128i laneMask, __m128i next = _mm_setzero_si128())
{
    return unsigned(_mm_movemask_epi8(_mm_packs_epi16(laneMask, next)));
}

// Units U+0020 (space) to U+007E: printable ASCII.
inline __m128i printableLanes(__m128i v)
{
    const __m128i outside = _mm_or_si128(_mm_subs_epu16(v, _mm_set1_epi16(0x7E)),
                                         _mm_subs_epu16(_mm_set1_epi16(0x20), v));
    return _mm_cmpeq_epi16(outside, _mm_setzero_si128());
}

} // namespace liaison::asciiblocks

#endif
