package nl.regioplan.pipeline.source;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;

/** Which addresses count as not public: every range a manifest must not make this machine reach by default. */
class AddressGuardTest {
    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, loopback", "127.8.9.10, loopback", "::1, loopback",
            "10.0.0.1, private", "172.16.5.4, private", "192.168.1.1, private",
            "169.254.169.254, link-local", "fe80::1, link-local",
            "0.0.0.0, unspecified", "::, unspecified", "0.1.2.3, unspecified",
            "100.64.0.1, shared (carrier-grade NAT)", "fd00::1, unique-local",
            "224.0.0.1, multicast", "ff02::1, multicast", "240.0.0.1, reserved", "255.255.255.255, reserved",
            "198.18.0.1, reserved (benchmarking)",
            "::ffff:127.0.0.1, loopback", "::ffff:169.254.169.254, link-local", "::ffff:10.1.1.1, private"})
    void nonPublicAddressesAreNamedForWhatTheyAre(String address, String kind) throws Exception {
        assertThat(AddressGuard.nonPublicKind(InetAddress.getByName(address))).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "145.97.39.155", "8.8.8.8", "172.32.0.1", "100.128.0.1",
            "2001:4860:4860::8888", "2a00:1450:400e:80c::200e"})
    void publicAddressesPass(String address) throws Exception {
        assertThat(AddressGuard.nonPublicKind(InetAddress.getByName(address))).isNull();
    }
}
