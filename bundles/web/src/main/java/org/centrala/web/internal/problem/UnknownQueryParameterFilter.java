package org.centrala.web.internal.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.QueryParam;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.Provider;

import org.centrala.common.FieldError;

/**
 * A query parameter the operation does not take answers 400 naming it, as an unknown body field
 * does: {@code ?username=ana} on an operation without that filter must not quietly return the
 * whole list. The parameters an operation takes are its method's and its resource's
 * {@link QueryParam}s, so a resource of a plugin is checked the same way without doing anything.
 */
@Provider
@Priority(Priorities.USER)
public class UnknownQueryParameterFilter implements ContainerRequestFilter {
    private final Map<Method, Set<String>> taken = new ConcurrentHashMap<>();

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        // Not decoded: a broken escape in a value is BadUrlEncodingMapper's to answer, not this filter's.
        Set<String> sent = request.getUriInfo().getQueryParameters(false).keySet();
        if (method == null || sent.isEmpty()) {
            return;
        }
        Set<String> known = taken.computeIfAbsent(method, m -> queryParameters(resource.getResourceClass(), m));
        List<FieldError> errors = new ArrayList<>();
        for (String name : new TreeSet<>(sent)) {
            if (!known.contains(name)) {
                errors.add(new FieldError(name, known.isEmpty() ? "is not a query parameter of this operation, which takes none"
                        : "is not a query parameter of this operation; it takes " + String.join(", ", known)));
            }
        }
        if (!errors.isEmpty()) {
            String instance = request.getUriInfo().getRequestUri().getRawPath();
            request.abortWith(Response.status(400).type(Problem.MEDIA_TYPE)
                    .entity(Problem.invalid("Unknown query parameter(s): " + String.join(", ", errors.stream().map(FieldError::field).toList()),
                            instance, errors)).build());
        }
    }

    static Set<String> queryParameters(Class<?> type, Method method) {
        Set<String> names = new TreeSet<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam query) {
                    names.add(query.value());
                }
            }
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                QueryParam query = field.getAnnotation(QueryParam.class);
                if (query != null) {
                    names.add(query.value());
                }
            }
        }
        return Set.copyOf(names);
    }
}
