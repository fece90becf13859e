package dev.fineline.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the key store TLS serves from: a PEM certificate chain with a PEM PKCS #8 private key, or a
 * PKCS #12 file holding both.
 */
final class Tls {

    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);

    private Tls() {
    }

    /**
     * The key store for a key and certificate.
     *
     * @param cert     a PEM certificate chain, or null when the key file is PKCS #12
     * @param key      a PEM private key (PKCS #8) or a PKCS #12 file
     * @param password the PKCS #12 password (empty when it has none)
     */
    static KeyStore keyStore(Path cert, Path key, char[] password) {
        byte[] keyBytes = read(key, "--tls-key");
        String keyText = new String(keyBytes, StandardCharsets.ISO_8859_1);
        try {
            if (!keyText.contains("-----BEGIN")) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(new ByteArrayInputStream(keyBytes), password);
                return store;
            }
            if (cert == null) {
                throw new IllegalArgumentException("--tls-key: a PEM key needs its certificate: give --tls-cert");
            }
            PrivateKey privateKey = privateKey(keyText, key);
            Collection<? extends Certificate> chain = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(read(cert, "--tls-cert")));
            if (chain.isEmpty()) {
                throw new IllegalArgumentException("--tls-cert: no certificate in \"" + cert + "\"");
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("fineline", privateKey, password, chain.toArray(new Certificate[0]));
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the TLS key or certificate \"" + (cert == null ? key : cert)
                    + "\": " + e.getMessage());
        }
    }

    private static PrivateKey privateKey(String text, Path file) throws GeneralSecurityException {
        Matcher m = PEM.matcher(text);
        while (m.find()) {
            String type = m.group(1);
            if (type.equals("PRIVATE KEY")) {
                byte[] der = Base64.getMimeDecoder().decode(m.group(2));
                for (String algorithm : new String[] {"RSA", "EC", "Ed25519"}) {
                    try {
                        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
                    } catch (GeneralSecurityException e) {
                        // try the next algorithm
                    }
                }
                throw new IllegalArgumentException("--tls-key: \"" + file + "\" holds a key of an unknown algorithm");
            }
            if (type.endsWith("PRIVATE KEY")) {
                throw new IllegalArgumentException("--tls-key: \"" + file + "\" is a " + type
                        + "; convert it to PKCS #8 with: openssl pkcs8 -topk8 -nocrypt -in KEY -out key.pem");
            }
        }
        throw new IllegalArgumentException("--tls-key: no private key in \"" + file + "\"");
    }

    private static byte[] read(Path file, String option) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(option + ": cannot read \"" + file + "\"");
        }
    }
}
