package net.zeroxhost.portal.account;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import net.zeroxhost.portal.platform.SecurityHeaders;

/**
 * Sets the security headers before the login mechanism is asked about a request. Jakarta Security's
 * {@code @LoginToContinue} answers an anonymous visitor of a protected page with its redirect to the
 * login page before the mechanism's own code runs, and on Payara before any filter of the portal:
 * that answer went out without the headers. This interceptor runs outside it.
 */
@SecurityHeadersFirst.Bound
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class SecurityHeadersFirst {

    /** On the mechanism whose answers must carry the headers. */
    @InterceptorBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface Bound {
    }

    @Inject
    SecurityHeaders headers;

    @AroundInvoke
    Object withHeaders(InvocationContext invocation) throws Exception {
        Object[] arguments = invocation.getParameters();
        if (arguments.length >= 2 && arguments[0] instanceof HttpServletRequest request
                && arguments[1] instanceof HttpServletResponse response) {
            headers.setOn(request, response);
        }
        return invocation.proceed();
    }
}
