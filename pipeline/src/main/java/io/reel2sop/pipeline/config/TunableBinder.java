package io.reel2sop.pipeline.config;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds a settings record from tunable values by name: component {@code minCutArea} of a record
 * bound with prefix {@code scene} comes from the tunable {@code sceneMinCutArea}. Binding by name
 * keeps the tunables file and the records from drifting apart silently: a component without a
 * value is an error naming it.
 */
public final class TunableBinder {
  private TunableBinder() {}

  public static String key(String prefix, RecordComponent component) {
    String name = component.getName();
    return prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  public static List<String> keys(Class<? extends Record> type, String prefix) {
    return Arrays.stream(type.getRecordComponents()).map(c -> key(prefix, c)).toList();
  }

  public static <R extends Record> R bind(Class<R> type, String prefix, Map<String, String> values) {
    RecordComponent[] components = type.getRecordComponents();
    List<Object> arguments = new ArrayList<>();
    for (RecordComponent component : components) {
      arguments.add(parse(key(prefix, component), component.getType(), values.get(key(prefix, component))));
    }
    try {
      Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      Constructor<R> constructor = type.getDeclaredConstructor(types);
      return constructor.newInstance(arguments.toArray());
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException(
          "invalid " + prefix + " tunables: " + e.getCause().getMessage(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
    }
  }

  /**
   * The record's values by key, each written one way whatever way it was given ({@code 0.25},
   * {@code 600}: plain decimals without trailing zeros).
   */
  public static TreeMap<String, String> values(Record settings, String prefix) {
    TreeMap<String, String> values = new TreeMap<>();
    for (RecordComponent component : settings.getClass().getRecordComponents()) {
      values.put(key(prefix, component), canonical(read(settings, component)));
    }
    return values;
  }

  static String canonical(Object value) {
    return value instanceof Double d ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : value.toString();
  }

  static Object read(Record settings, RecordComponent component) {
    try {
      return component.getAccessor().invoke(settings);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + component.getName(), e);
    }
  }

  private static Object parse(String key, Class<?> type, String value) {
    if (value == null) {
      throw new IllegalArgumentException("--" + key + " has no value: set it on the command line or in the tunables file");
    }
    try {
      if (type == int.class) {
        return Integer.parseInt(value.strip());
      }
      if (type == double.class) {
        return Double.parseDouble(value.strip());
      }
      if (type == String.class) {
        return value.strip();
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + key + "=" + value + ": not a " + (type == int.class ? "whole " : "") + "number");
    }
    throw new IllegalStateException("--" + key + ": tunables are numbers or text, not " + type.getSimpleName());
  }
}
