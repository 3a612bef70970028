"""The event's TLS certificate, made from the join code: every holder of the code builds the very same one.

Ed25519 signatures are deterministic and every field below is fixed, so the certificate's bytes — and its SHA-256
fingerprint — depend on the code alone. The hub serves it; a joining station trusts exactly that certificate and
nothing else (no system CA, no hostname: the pin is the proof), so a laptop on the Wi-Fi that does not hold the code
can neither pose as the hub nor read the traffic.
"""

from __future__ import annotations

import hashlib
import ssl
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from probono_desk.core.joincode import derive_secrets

NOT_BEFORE = datetime(2020, 1, 1, tzinfo=timezone.utc)
NOT_AFTER = datetime(2099, 12, 31, tzinfo=timezone.utc)


@dataclass(frozen=True)
class EventCertificate:
    cert_pem: bytes
    key_pem: bytes
    fingerprint: str  # SHA-256 of the DER certificate, hex with colons (what `openssl x509 -fingerprint` shows)


@lru_cache(maxsize=8)
def event_certificate(code: str) -> EventCertificate:
    seed = derive_secrets(code).tls_seed
    key = Ed25519PrivateKey.from_private_bytes(seed[:32])
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "probono-desk hub")])
    serial = int.from_bytes(hashlib.sha256(b"serial" + seed).digest()[:16], "big") >> 1
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(serial)
        .not_valid_before(NOT_BEFORE)
        .not_valid_after(NOT_AFTER)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("probono-desk-hub")]), critical=False)
        .sign(key, None)
    )
    der = cert.public_bytes(serialization.Encoding.DER)
    digest = hashlib.sha256(der).hexdigest().upper()
    return EventCertificate(
        cert_pem=cert.public_bytes(serialization.Encoding.PEM),
        key_pem=key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
        fingerprint=":".join(digest[i : i + 2] for i in range(0, len(digest), 2)),
    )


def client_context(code: str) -> ssl.SSLContext:
    """A TLS context that trusts the event's certificate and nothing else."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.check_hostname = False  # the pinned certificate is the identity; the hub's address changes on takeover
    context.verify_mode = ssl.CERT_REQUIRED
    context.load_verify_locations(cadata=event_certificate(code).cert_pem.decode("ascii"))
    return context


def peer_fingerprint(der: bytes) -> str:
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))
