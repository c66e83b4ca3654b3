package org.centrala.ui;

import java.net.URI;

import org.centrala.ui.core.Core;
import org.eclipse.jetty.ee10.webapp.MetaInfConfiguration;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web UI's process: Jetty 12 serving the Vaadin application, which reaches the core only over
 * its public REST API. No Spring: Jetty's annotation scanning finds the routes (STACK.md).
 */
public final class UiServer {
    private static final Logger LOG = LoggerFactory.getLogger(UiServer.class);

    private final UiSettings settings;
    private final Server jetty = new Server();

    public UiServer(UiSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        UiServer server = new UiServer(UiSettings.from(System.getProperties(), System.getenv()));
        server.start();
        server.jetty.join();
    }

    /** Starts serving and returns the address the UI answers on. */
    public URI start() throws Exception {
        ServerConnector http = new ServerConnector(jetty);
        http.setHost(settings.host());
        http.setPort(settings.port());
        jetty.addConnector(http);

        WebAppContext app = new WebAppContext();
        app.setContextPath("/");
        app.setBaseResource(ResourceFactory.of(app).newClassLoaderResource("webapp"));
        // Vaadin's initializers must see the @Route classes and Vaadin's own jars on the class path.
        app.setAttribute(MetaInfConfiguration.CONTAINER_JAR_PATTERN, ".*\\.jar|.*/classes/.*");
        app.setConfigurationDiscovered(true);
        app.setAttribute(Core.class.getName(), new Core(settings.coreUrl()));
        app.getSessionHandler().setMaxInactiveInterval((int) settings.sessionTimeout().toSeconds());
        app.getSessionHandler().getSessionCookieConfig().setHttpOnly(true);
        jetty.setHandler(app);
        jetty.setStopAtShutdown(true);
        jetty.start();

        URI address = URI.create("http://" + settings.host() + ":" + http.getLocalPort() + "/");
        LOG.info("Centrala web UI on {} (core: {})", address, settings.coreUrl());
        return address;
    }

    public void stop() throws Exception {
        jetty.stop();
    }
}
