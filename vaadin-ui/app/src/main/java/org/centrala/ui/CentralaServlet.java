package org.centrala.ui;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;

import jakarta.servlet.annotation.WebServlet;

/**
 * Vaadin's servlet, with one fix: Vaadin 24.9 looks a static resource up as a path of its jar's
 * file system ({@code Path.of(jarUrl.toURI())}), which fails when that file system is not open
 * (Jetty 12 serving the jars), so push's {@code vaadinPush-min.js} answered 500 and push never
 * started. The servlet context finds the same file in the jar's {@code META-INF/resources}.
 */
@WebServlet(urlPatterns = "/*", name = "centrala", asyncSupported = true)
public class CentralaServlet extends VaadinServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        VaadinServletService service = new VaadinServletService(this, configuration) {
            private static final long serialVersionUID = 1L;

            @Override
            public URL getStaticResource(String path) {
                try {
                    return super.getStaticResource(path);
                } catch (FileSystemNotFoundException jarNotOpen) {
                    try {
                        return getServlet().getServletContext().getResource(path);
                    } catch (MalformedURLException e) {
                        return null;
                    }
                }
            }
        };
        service.init();
        return service;
    }
}
