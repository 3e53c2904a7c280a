package dev.neonjava.resources;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a fluent method with the API operation it calls (its {@code operationId} in {@code spec/}).
 * The coverage test reads these marks to prove that every operation of the spec can be reached from
 * {@link dev.neonjava.Neon} and to write the operation table in {@code docs/coverage.md}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CallsOperation {
  /**
   * Returns the operationIds this method calls.
   * @return the operationIds this method calls
   */
  String[] value();
}
