package dk.kkr.cli;

import picocli.CommandLine.Option;

/**
 * The options of every command that starts the web server: the address it listens on (only this machine unless
 * told otherwise), its port and the address it is known by.
 */
final class ServerOptions {

    static final String LOOPBACK = "127.0.0.1";

    @Option(names = "--host", defaultValue = LOOPBACK, paramLabel = "ADRESSE",
            description = "Adressen, serveren lytter på (standard: ${DEFAULT-VALUE}, kun denne maskine; 0.0.0.0 for alle "
                    + "netværk, f.eks. bag en omvendt proxy på en anden maskine).")
    String host = LOOPBACK;

    @Option(names = "--port", defaultValue = "8080", description = "Port (standard: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Sidens offentlige adresse, som OParl-id'er og feeds bygges af, f.eks. "
                    + "https://kkr.example.dk (standard: http://localhost:PORT).")
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
