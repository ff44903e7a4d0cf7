package dk.kkr.cli;

import picocli.CommandLine.Option;

/**
 * The options of every command that starts the web server: the address it listens on (only this machine unless
 * told otherwise), its port and the address it is known by.
 */
final class ServerOptions {

    static final String LOOPBACK = "127.0.0.1";

    @Option(names = "--host", defaultValue = LOOPBACK, paramLabel = "ADRESSE", descriptionKey = "cli.host")
    String host = LOOPBACK;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", descriptionKey = "cli.port")
    int port;

    @Option(names = "--base-url", paramLabel = "URL", descriptionKey = "cli.baseUrl")
    String baseUrl;

    /** Spring Boot arguments for these options. */
    String[] springArguments() {
        return baseUrl == null ? new String[] {"--server.address=" + host}
                : new String[] {"--server.address=" + host, "--kkr.base-url=" + baseUrl};
    }

    /** Whether only this machine can reach the server. */
    boolean loopbackOnly() {
        return host.equals(LOOPBACK) || host.equals("localhost") || host.equals("::1");
    }
}
