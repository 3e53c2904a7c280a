package dev.neonjava.coverage;

import dev.neonjava.Neon;
import dev.neonjava.resources.CallsOperation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The fluent client's resource tree, walked from {@link Neon}: every public method that returns a
 * resource is followed, and every method marked {@link CallsOperation} is recorded with the call a
 * user writes to reach it ({@code neon.project(id).branches().create(..)}).
 */
final class FluentTree {
  /** A fluent method and the call that reaches it. */
  static final class Entry {
    final String operationId;
    final String call;
    final Method method;

    Entry(String operationId, String call, Method method) {
      this.operationId = operationId;
      this.call = call;
      this.method = method;
    }
  }

  private FluentTree() {
  }

  static List<Entry> walk() {
    List<Entry> entries = new ArrayList<>();
    walk(Neon.class, "neon", new HashSet<>(), entries, new java.util.LinkedHashMap<>());
    return entries;
  }

  /** Every resource reachable from {@link Neon}, by the call that reaches it ({@code neon.project(id).branches()}). */
  static java.util.Map<String, Class<?>> resources() {
    java.util.Map<String, Class<?>> resources = new java.util.LinkedHashMap<>();
    walk(Neon.class, "neon", new HashSet<>(), new ArrayList<>(), resources);
    return resources;
  }

  private static void walk(Class<?> type, String prefix, Set<Class<?>> onPath, List<Entry> into,
      java.util.Map<String, Class<?>> resources) {
    if (!onPath.add(type)) {
      return;
    }
    resources.put(prefix, type);
    Method[] methods = type.getMethods();
    Arrays.sort(methods, Comparator.comparing(Method::getName).thenComparing(m -> m.getParameterCount()));
    for (Method m : methods) {
      if (Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class || m.isSynthetic()) {
        continue;
      }
      CallsOperation mark = m.getAnnotation(CallsOperation.class);
      if (mark != null) {
        for (String id : mark.value()) {
          into.add(new Entry(id, prefix + "." + m.getName() + args(m), m));
        }
      }
      if (isResource(m.getReturnType()) && !m.getName().equals("withOptions")) {
        walk(m.getReturnType(), prefix + "." + m.getName() + scopeArgs(m), onPath, into, resources);
      }
    }
    onPath.remove(type);
  }

  /** A resource of the tree: every one extends {@link dev.neonjava.resources.Resource} (values it returns do not). */
  static boolean isResource(Class<?> type) {
    return dev.neonjava.resources.Resource.class.isAssignableFrom(type);
  }

  private static String args(Method m) {
    return m.getParameterCount() == 0 ? "()" : "(..)";
  }

  private static String scopeArgs(Method m) {
    if (m.getParameterCount() == 0) {
      return "()";
    }
    StringBuilder b = new StringBuilder("(");
    for (int i = 0; i < m.getParameterCount(); i++) {
      b.append(i == 0 ? "" : ", ").append(m.getParameterTypes()[i] == String.class ? "id" : "..");
    }
    return b.append(')').toString();
  }
}
