package io.reel2sop.pipeline.config;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * Builds a settings record from pipeline options by name: component {@code minCutArea} of a record
 * bound with prefix {@code scene} comes from the option {@code --sceneMinCutArea}. Binding by name
 * keeps the options interfaces, the tunables file and the records from drifting apart silently: a
 * component without an option, or an option without a value, is an error naming it.
 */
public final class OptionsBinder {
  private OptionsBinder() {}

  static String optionName(String prefix, RecordComponent component) {
    String name = component.getName();
    return prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  static List<String> optionNames(Class<? extends Record> type, String prefix) {
    return Arrays.stream(type.getRecordComponents()).map(c -> optionName(prefix, c)).toList();
  }

  static <R extends Record> R bind(Class<R> type, String prefix, PipelineOptions options) {
    RecordComponent[] components = type.getRecordComponents();
    List<Object> values = new ArrayList<>();
    for (RecordComponent component : components) {
      values.add(valueOf(options, optionName(prefix, component)));
    }
    try {
      Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      Constructor<R> constructor = type.getDeclaredConstructor(types);
      return constructor.newInstance(values.toArray());
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException(
          "invalid " + prefix + " tunables: " + e.getCause().getMessage(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
    }
  }

  private static Object valueOf(PipelineOptions options, String option) {
    Method getter = getter(options, option);
    Object value;
    try {
      value = getter.invoke(options);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read --" + option, e);
    }
    if (value == null) {
      throw new IllegalArgumentException(
          "--" + option + " has no value: set it on the command line or in the tunables file");
    }
    return value;
  }

  private static Method getter(PipelineOptions options, String option) {
    String name = "get" + Character.toUpperCase(option.charAt(0)) + option.substring(1);
    for (Class<?> face : options.getClass().getInterfaces()) {
      try {
        return face.getMethod(name);
      } catch (NoSuchMethodException e) {
        // try the next interface the proxy implements
      }
    }
    throw new IllegalStateException("no pipeline option --" + option + " is declared");
  }
}
