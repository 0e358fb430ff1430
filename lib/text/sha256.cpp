#include "sha256.h"

#include <QCryptographicHash>
#include <QLibrary>

#include <openssl/evp.h>

namespace liaison {

namespace {

// libcrypto is opened on the first hash, not linked: binding its ~3,400
// symbols cost every process ~4 M instructions at start-up, and most runs
// (`liaison-cli extract`, a GUI session that imports nothing) never hash.
// Only the functions' types come from the header.
struct Crypto {
    decltype(&EVP_Digest) digest = nullptr;
    decltype(&EVP_sha256) sha256 = nullptr;
};

const Crypto &crypto()
{
    static const Crypto c = [] {
        Crypto found;
        QLibrary library(QStringLiteral("crypto"), LIAISON_CRYPTO_MAJOR); // libcrypto.so.3
        library.setLoadHints(QLibrary::ResolveAllSymbolsHint);
        if (!library.load())
            return found;
        // Never unloaded: the functions stay valid for the whole process.
        const auto digest = reinterpret_cast<decltype(&EVP_Digest)>(library.resolve("EVP_Digest"));
        const auto sha256 = reinterpret_cast<decltype(&EVP_sha256)>(library.resolve("EVP_sha256"));
        if (digest && sha256)
            found = {digest, sha256};
        return found;
    }();
    return c;
}

} // namespace

QByteArray sha256Hex(QByteArrayView data)
{
    const Crypto &c = crypto();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!c.digest || c.digest(data.data(), size_t(data.size()), digest, &length, c.sha256(), nullptr) != 1
        || length != 32)
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex(); // no libcrypto: still right
    return QByteArray::fromRawData(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

} // namespace liaison
