package io.reel2sop.sidecar;

import java.util.List;

/** The cues of one subtitle file and the language it declares, or null when it declares none. */
record SidecarCues(String language, List<Cue> cues) {}
