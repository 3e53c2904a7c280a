package dev.neonjava.testkit;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.AssertionFailedError;

/**
 * The JUnit 5 extension behind {@link NeonEmulatorTest}: one fresh emulator per test (it starts in
 * milliseconds once the spec is loaded, which happens once per JVM), parameters injected from the
 * {@link EmulatorParameters#builtIn() built-in} and the annotation's factories, spec violations
 * turned into a test failure, everything closed after the test. Safe with parallel test execution.
 */
public final class NeonEmulatorExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(NeonEmulatorExtension.class);
  private static final String KEY = "session";

  /** Creates the extension; JUnit does this for {@link NeonEmulatorTest} classes. */
  public NeonEmulatorExtension() {
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    session(context);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Session session = context.getStore(NAMESPACE).remove(KEY, Session.class);
    if (session == null) {
      return;
    }
    List<SpecViolation> violations = session.emulator.violations();
    session.close();
    if (session.config.failOnSpecViolations() && !violations.isEmpty()) {
      StringBuilder message = new StringBuilder("the Neon emulator saw ").append(violations.size())
          .append(" violation(s) of the Neon API spec during this test (a request is answered 400; call ")
          .append("neon.takeViolations() in a test that sends one on purpose):");
      for (SpecViolation v : violations) {
        message.append("\n  ").append(v);
      }
      throw new AssertionFailedError(message.toString());
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    if (context.getTestMethod().isEmpty()) {
      return false;
    }
    Class<?> type = parameter.getParameter().getType();
    return factories(config(context)).stream().anyMatch(f -> f.type().equals(type));
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Session session = session(context);
    Class<?> type = parameter.getParameter().getType();
    return session.instances.computeIfAbsent(type, t -> {
      for (EmulatorParameterFactory<?> factory : session.factories) {
        if (factory.type().equals(t)) {
          Object value = factory.create(session.emulator);
          if (value == null) {
            throw new ParameterResolutionException(factory + " returned null");
          }
          return value;
        }
      }
      throw new ParameterResolutionException("no emulator parameter factory for " + t.getName());
    });
  }

  private Session session(ExtensionContext context) {
    return context.getStore(NAMESPACE).getOrComputeIfAbsent(KEY, k -> {
      NeonEmulatorTest config = config(context);
      NeonEmulatorBuilder builder = NeonEmulator.builder();
      if (config.frozenClock()) {
        builder.clock(Clock.fixed(Instant.now(), ZoneOffset.UTC));
      }
      NeonEmulator emulator = builder
          .apiKey(config.apiKey())
          .operationDelay(Duration.ofMillis(config.operationDelayMillis()))
          .rateLimits(config.neonRateLimits() ? RateLimits.neon() : RateLimits.none())
          .validateAgainstSpec(true)
          .databases(config.databases())
          .start();
      return new Session(config, emulator, factories(config));
    }, Session.class);
  }

  private static NeonEmulatorTest config(ExtensionContext context) {
    Optional<Method> method = context.getTestMethod();
    if (method.isPresent()) {
      Optional<NeonEmulatorTest> onMethod = AnnotationSupport.findAnnotation(method.get(), NeonEmulatorTest.class);
      if (onMethod.isPresent()) {
        return onMethod.get();
      }
    }
    for (Class<?> c = context.getTestClass().orElse(null); c != null; c = c.getEnclosingClass()) {
      Optional<NeonEmulatorTest> onClass = AnnotationSupport.findAnnotation(c, NeonEmulatorTest.class);
      if (onClass.isPresent()) {
        return onClass.get();
      }
    }
    return Defaults.INSTANCE;
  }

  private static List<EmulatorParameterFactory<?>> factories(NeonEmulatorTest config) {
    List<EmulatorParameterFactory<?>> all = new ArrayList<>();
    for (Class<? extends EmulatorParameterFactory<?>> type : config.parameters()) {
      try {
        Constructor<? extends EmulatorParameterFactory<?>> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        all.add(constructor.newInstance());
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw new ExtensionConfigurationException("cannot create " + type.getName()
            + ": an emulator parameter factory needs a no-argument constructor", e);
      }
    }
    all.addAll(EmulatorParameters.builtIn());
    return all;
  }

  /** One test's emulator and the objects injected from it; closed once. */
  @SuppressWarnings("deprecation")
  private static final class Session implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    final NeonEmulatorTest config;
    final NeonEmulator emulator;
    final List<EmulatorParameterFactory<?>> factories;
    final Map<Class<?>, Object> instances = new LinkedHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    Session(NeonEmulatorTest config, NeonEmulator emulator, List<EmulatorParameterFactory<?>> factories) {
      this.config = config;
      this.emulator = emulator;
      this.factories = factories;
    }

    @Override
    public void close() {
      if (!closed.compareAndSet(false, true)) {
        return;
      }
      RuntimeException failure = null;
      for (Object value : instances.values()) {
        if (value instanceof AutoCloseable && value != emulator) {
          try {
            ((AutoCloseable) value).close();
          } catch (Exception e) {
            if (failure == null) {
              failure = new IllegalStateException("closing an injected " + value.getClass().getName() + " failed", e);
            } else {
              failure.addSuppressed(e);
            }
          }
        }
      }
      emulator.close();
      if (failure != null) {
        throw failure;
      }
    }
  }

  /** The annotation's defaults, for a test that registered the extension without it. */
  @NeonEmulatorTest
  private static final class Defaults {
    static final NeonEmulatorTest INSTANCE = Defaults.class.getAnnotation(NeonEmulatorTest.class);
  }
}
