package io.reel2sop.speech;

import java.nio.file.Path;

/** A Vosk model folder on local disk, and the name and version a SOP records for it. */
public record SpeechModel(String name, String version, Path directory) {}
