package dev.fineline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fineline.rules.PolicyEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS from a self-signed certificate made here: PEM and PKCS #12, and the refusals around it. */
class ServerTlsTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    static Path folder;

    private static Path p12;
    private static Path certPem;
    private static Path keyPem;
    private static KeyStore trust;

    @BeforeAll
    static void makeCertificate() throws Exception {
        p12 = folder.resolve("server.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "fineline", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", p12.toString(), "-storepass", "changeit",
                "-keypass", "changeit").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            store.load(in, PASSWORD);
        }
        Key key = store.getKey("fineline", PASSWORD);
        Certificate cert = store.getCertificate("fineline");
        certPem = Files.writeString(folder.resolve("cert.pem"), pem("CERTIFICATE", cert.getEncoded()));
        keyPem = Files.writeString(folder.resolve("key.pem"), pem("PRIVATE KEY", key.getEncoded()));
        trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("fineline", cert);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static HttpClient trusting() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return HttpClient.newBuilder().sslContext(context).version(HttpClient.Version.HTTP_1_1).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FinelineServer server(Path cert, Path key, char[] password) {
        return FinelineServer.builder(PolicyEngine.builder().warmUp(false)).port(0).tls(cert, key, password)
                .noDecisionLog().build().start();
    }

    @Test
    void tls_pemKeyAndCertificate_servesHttps() {
        try (FinelineServer server = server(certPem, keyPem, null)) {
            assertThat(server.uri().getScheme()).isEqualTo("https");
            var response = new Http(server.uri(), trusting()).json("/v1/decisions", Http.CONTRACTOR);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"verdict\":\"FORBIDDEN\"");

            // refused: a client that does not trust the certificate
            assertThatThrownBy(() -> new Http(server.uri()).get("/health/live"))
                    .isInstanceOf(UncheckedIOException.class);
            // refused: plain HTTP on the TLS port gets no HTTP answer
            assertThat(plainHttpAnswer(server.port())).doesNotStartWith("HTTP/1.1 200");
        }
    }

    @Test
    void tls_pkcs12_servesHttps() {
        try (FinelineServer server = server(null, p12, PASSWORD)) {
            assertThat(new Http(server.uri(), trusting()).get("/health/ready").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void tls_pemKeyWithoutCertificate_refused() {
        assertThatThrownBy(() -> server(null, keyPem, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--tls-key: a PEM key needs its certificate: give --tls-cert");
    }

    @Test
    void tls_wrongPkcs12Password_refused() {
        assertThatThrownBy(() -> server(null, p12, "wrong".toCharArray())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot read the TLS key or certificate");
    }

    @Test
    void tls_pkcs1Key_refusedWithHowToConvert() throws IOException {
        Path rsa = Files.writeString(folder.resolve("rsa.pem"), "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");

        assertThatThrownBy(() -> server(certPem, rsa, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("openssl pkcs8 -topk8");
    }

    private static String plainHttpAnswer(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("GET /health/live HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readNBytes(15), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "closed: " + e.getMessage();
        }
    }

}
