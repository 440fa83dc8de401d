package io.liveops.console.report.core;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** The report's Markdown as a self-contained HTML page to paste into or attach to an e-mail (CommonMark, typed HTML escaped). */
public final class ReportHtml {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private ReportHtml() {
    }

    /** @param title the page title, e.g. {@link ReportMarkdown#title}: plain text without markup characters */
    public static String page(String title, String markdown) {
        String safeTitle = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + safeTitle + "</title>\n</head>\n"
                + "<body style=\"font-family: -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif; font-size: 14px; line-height: 1.45; "
                + "max-width: 760px;\">\n" + RENDERER.render(PARSER.parse(markdown)) + "</body>\n</html>\n";
    }
}
