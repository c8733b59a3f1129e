package io.reel2sop.ocr;

import java.awt.Color;

/**
 * Web-app screens of the kinds recordings show, at 1280x720 unless scaled: {@code scale} 1.5 draws
 * the same layout for a 1920x1080 screen, which {@link UiCanvas#resized} can bring down to 720p the
 * way a recording of a full-HD screen does.
 */
final class UiScreens {
  static final Color WHITE = new Color(0xffffff);
  static final Color INK = new Color(0x1f2328);
  static final Color MUTED = new Color(0x6b7280);
  static final Color LINE = new Color(0xd0d7de);
  static final Color BLUE = new Color(0x1f6feb);
  static final Color GREEN = new Color(0x16a34a);
  static final Color PANEL = new Color(0xf6f8fa);
  static final Color DARK = new Color(0x1e1f24);
  static final Color DARK_PANEL = new Color(0x2a2c33);
  static final Color DARK_INK = new Color(0xe6e6e6);
  static final Color HEADER = new Color(0x1f2937);

  private UiScreens() {}

  /** Light theme: top navigation, sidebar menu, a form with filled and outlined buttons, an open menu. */
  static UiCanvas lightForm(double scale) {
    Px p = new Px(scale);
    UiCanvas c = new UiCanvas(p.of(1280), p.of(720), WHITE);
    c.fill(0, p.of(56), p.of(1280), 1, LINE);
    c.text("HelpDesk", p.of(24), p.of(35), p.of(18), true, INK, WHITE);
    c.text("Dashboard", p.of(180), p.of(34), p.of(14), false, INK, WHITE);
    c.text("Tickets", p.of(285), p.of(34), p.of(14), false, INK, WHITE);
    c.text("Knowledge base", p.of(365), p.of(34), p.of(14), false, INK, WHITE);
    c.text("Sign out", p.of(1180), p.of(34), p.of(13), false, MUTED, WHITE);
    c.fill(0, p.of(57), p.of(220), p.of(663), PANEL);
    String[] menu = {"My queue", "Unassigned", "Resolved", "Settings"};
    for (int i = 0; i < menu.length; i++) {
      c.text(menu[i], p.of(24), p.of(100 + 36 * i), p.of(13), false, INK, PANEL);
    }
    c.text("New ticket", p.of(260), p.of(105), p.of(22), true, INK, WHITE);
    c.text("Subject", p.of(260), p.of(150), p.of(13), false, INK, WHITE);
    c.outline(p.of(260), p.of(160), p.of(420), p.of(34), LINE);
    c.text("Requester email", p.of(260), p.of(225), p.of(13), false, INK, WHITE);
    c.outline(p.of(260), p.of(235), p.of(420), p.of(34), LINE);
    c.text("Category", p.of(260), p.of(300), p.of(13), false, INK, WHITE);
    c.outline(p.of(260), p.of(310), p.of(420), p.of(34), LINE);
    c.text("Select a category", p.of(272), p.of(332), p.of(13), false, MUTED, WHITE);
    c.outline(p.of(260), p.of(385), p.of(16), p.of(16), MUTED);
    c.text("Notify requester by email", p.of(286), p.of(398), p.of(13), false, INK, WHITE);
    c.button("Submit ticket", p.of(260), p.of(440), p.of(130), p.of(36), p.of(14), BLUE, WHITE);
    c.outlinedButton("Cancel", p.of(406), p.of(440), p.of(90), p.of(36), p.of(14), INK, WHITE);
    // an open dropdown menu beside the form
    c.fill(p.of(760), p.of(140), p.of(220), p.of(120), WHITE);
    c.outline(p.of(760), p.of(140), p.of(220), p.of(120), LINE);
    String[] options = {"Hardware", "Software", "Network access"};
    for (int i = 0; i < options.length; i++) {
      c.text(options[i], p.of(776), p.of(172 + 34 * i), p.of(13), false, INK, WHITE);
    }
    return c;
  }

  /** Dark theme: light text on dark panels, white captions on blue and green buttons. */
  static UiCanvas darkSettings() {
    UiCanvas c = new UiCanvas(1280, 720, DARK);
    c.fill(0, 0, 240, 720, DARK_PANEL);
    c.text("Workspace", 24, 40, 18, true, WHITE, DARK_PANEL);
    String[] menu = {"Members", "Access requests", "Billing", "Audit log"};
    for (int i = 0; i < menu.length; i++) {
      c.text(menu[i], 24, 90 + 36 * i, 14, false, DARK_INK, DARK_PANEL);
    }
    c.text("Access requests", 280, 60, 22, true, WHITE, DARK);
    c.text("Grant the selected people access to the shared drive.", 280, 95, 13, false, DARK_INK, DARK);
    String[] people = {"Dana Smith", "Lee Carter", "Priya Natarajan"};
    for (int i = 0; i < people.length; i++) {
      c.fill(280, 120 + 48 * i, 640, 40, DARK_PANEL);
      c.text(people[i], 296, 145 + 48 * i, 14, false, DARK_INK, DARK_PANEL);
      c.text("Pending", 780, 145 + 48 * i, 13, false, new Color(0x9aa0a6), DARK_PANEL);
    }
    c.button("Save access", 280, 290, 130, 36, 14, new Color(0x3b82f6), WHITE);
    c.button("Confirm check-out", 426, 290, 170, 36, 14, GREEN, WHITE);
    c.outlinedButton("Discard", 612, 290, 100, 36, 14, DARK_INK, DARK);
    return c;
  }

  /** Dark header and sidebar around a light content area with a table of small (12 px) text. */
  static UiCanvas mixedTable() {
    UiCanvas c = new UiCanvas(1280, 720, WHITE);
    c.fill(0, 0, 1280, 48, HEADER);
    c.text("Tickets", 24, 30, 14, false, WHITE, HEADER);
    c.text("Assets", 110, 30, 14, false, WHITE, HEADER);
    c.text("Reports", 190, 30, 14, false, WHITE, HEADER);
    c.fill(0, 48, 200, 672, new Color(0x111827));
    String[] menu = {"All tickets", "Open", "Closed", "Archive"};
    for (int i = 0; i < menu.length; i++) {
      c.text(menu[i], 20, 90 + 34 * i, 13, false, DARK_INK, new Color(0x111827));
    }
    c.text("Open tickets", 230, 90, 20, true, INK, WHITE);
    c.button("New ticket", 1120, 68, 120, 34, 13, BLUE, WHITE);
    String[] columns = {"ID", "Subject", "Status", "Assignee"};
    int[] columnX = {230, 330, 700, 850};
    for (int i = 0; i < columns.length; i++) {
      c.text(columns[i], columnX[i], 135, 12, true, MUTED, WHITE);
    }
    String[][] rows = {
      {"TCK-1042", "Printer jams on floor 3", "Open", "Dana Smith"},
      {"TCK-1043", "Cannot reach VPN", "Waiting", "Lee Carter"},
      {"TCK-1044", "Laptop battery swells", "Open", "Priya Natarajan"},
      {"TCK-1045", "Reset password for Omar", "Closed", "Dana Smith"},
    };
    for (int r = 0; r < rows.length; r++) {
      int y = 150 + 36 * r;
      c.fill(230, y, 1010, 1, LINE);
      for (int i = 0; i < columns.length; i++) {
        c.text(rows[r][i], columnX[i], y + 24, 12, false, INK, WHITE);
      }
    }
    return c;
  }

  /** Scales layout coordinates and font sizes. */
  private record Px(double scale) {
    int of(int px) {
      return (int) Math.round(px * scale);
    }
  }
}
