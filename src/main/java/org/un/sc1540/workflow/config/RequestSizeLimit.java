package org.un.sc1540.workflow.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.un.sc1540.workflow.input.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over 5 MB on the Committee's API, the engine REST API and the web
 * applications' REST API ({@code /camunda/api}) with 413 and a
 * message, whether the client declares a Content-Length or streams the body in chunks: a contacts
 * file or a process variable that large is a mistake, and must not be read into memory first.
 */
@Configuration(proxyBeanMethods = false)
class RequestSizeLimit {

  static final long MAX_BYTES = 5L * 1024 * 1024;
  static final String TOO_LARGE = "The request body is larger than " + MAX_BYTES / (1024 * 1024)
      + " MB; nothing was read or written";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> requestSizeLimitFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new LimitFilter());
    // The web applications' engine REST (/camunda/api/engine) is the same API as /engine-rest: same limit.
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
    registration.setName("request-size-limit");
    // Before authentication: an oversized body is refused without reading it.
    registration.setOrder(Integer.MIN_VALUE + 10);
    return registration;
  }

  static final class LimitFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (request.getContentLengthLong() > MAX_BYTES) {
        refuse(request, response);
        return;
      }
      try {
        chain.doFilter(new LimitedRequest(request), response);
      } catch (BodyTooLargeException e) {
        if (!response.isCommitted()) {
          response.reset();
          refuse(request, response);
        }
      }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
      response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
      if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Request too large\",\"status\":413,"
            + "\"detail\":\"" + TOO_LARGE + "\"}");
      } else {
        // The engine REST API's own error shape.
        response.setContentType("application/json");
        response.getWriter().write("{\"type\":\"PayloadTooLarge\",\"message\":\"" + TOO_LARGE + "\"}");
      }
    }
  }

  /** Found while Spring MVC or Camunda reads a streamed body; the Committee's API answers it with the same 413. */
  static final class BodyTooLargeException extends ApiProblems.BodyTooLarge {
    BodyTooLargeException() {
      super(TOO_LARGE);
    }
  }

  private static final class LimitedRequest extends HttpServletRequestWrapper {

    private ServletInputStream limited;

    LimitedRequest(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (limited == null) {
        ServletInputStream in = super.getInputStream();
        limited = new ServletInputStream() {
          private long read;

          @Override
          public int read() throws IOException {
            int b = in.read();
            if (b >= 0 && ++read > MAX_BYTES) {
              throw new BodyTooLargeException();
            }
            return b;
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0 && (read += n) > MAX_BYTES) {
              throw new BodyTooLargeException();
            }
            return n;
          }

          @Override
          public boolean isFinished() {
            return in.isFinished();
          }

          @Override
          public boolean isReady() {
            return in.isReady();
          }

          @Override
          public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
          }
        };
      }
      return limited;
    }
  }
}
