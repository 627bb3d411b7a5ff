package eu.makethedifference.common.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** PDF documents from XHTML, with DejaVu Sans embedded (č, š, ž, ä, ö, ü and the rest of Europe's letters). */
public final class Pdf {
    private Pdf() {}

    public static byte[] render(String html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(
                    () -> Pdf.class.getResourceAsStream("/fonts/DejaVuSans.ttf"),
                    "DejaVu Sans",
                    400,
                    PdfRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.useFont(
                    () -> Pdf.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"),
                    "DejaVu Sans",
                    700,
                    PdfRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text escaped for XHTML; control characters other than newline and tab become spaces. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Labels from {@code <base>_<language>.properties}, English for any key the language lacks. */
    public static Map<String, String> labels(String base, String language) {
        Properties p = new Properties();
        for (String lang : List.of("en", language)) {
            try (InputStream in = Pdf.class.getResourceAsStream(base + "_" + lang + ".properties")) {
                if (in != null) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, String> labels = new HashMap<>();
        p.forEach((k, v) -> labels.put((String) k, (String) v));
        return labels;
    }
}
