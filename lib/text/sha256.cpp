#include "sha256.h"

#include <QCryptographicHash>

#include <openssl/evp.h>

namespace liaison {

QByteArray sha256Hex(QByteArrayView data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), digest, &length, EVP_sha256(), nullptr) != 1 || length != 32)
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex(); // never seen; still right
    return QByteArray::fromRawData(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

} // namespace liaison
