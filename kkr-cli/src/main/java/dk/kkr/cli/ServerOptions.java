package dk.kkr.cli;

import picocli.CommandLine.Option;

/** The options of every command that starts the web server: its port and the address it is known by. */
final class ServerOptions {

    @Option(names = "--port", defaultValue = "8080", description = "Port (standard: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Sidens offentlige adresse, som OParl-id'er og feeds bygges af, f.eks. "
                    + "https://kkr.example.dk (standard: http://localhost:PORT).")
    String baseUrl;

    /** Spring Boot arguments for these options. */
    String[] springArguments() {
        return baseUrl == null ? new String[0] : new String[] {"--kkr.base-url=" + baseUrl};
    }
}
