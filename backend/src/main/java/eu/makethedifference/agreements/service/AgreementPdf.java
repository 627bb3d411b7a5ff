package eu.makethedifference.agreements.service;

import eu.makethedifference.common.pdf.Pdf;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Renders one agreement version with its parties and signatures as a PDF (DejaVu Sans: č, š, ž, ä, ö, ü). */
public final class AgreementPdf {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneId.of("UTC"));

    public record SignatureLine(
            String organisationName, String signedByName, java.time.Instant signedAt, String sha256, boolean voided) {}

    private AgreementPdf() {}

    public static byte[] render(
            String regionName,
            String statusLabel,
            AgreementVersions.Version version,
            List<SignatureLine> signatures,
            Map<String, String> labels) {
        AgreementVersions.Text text = version.text();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/><style>")
                .append(
                        "@page { size: A4; margin: 22mm 20mm; @bottom-center { content: counter(page) ' / ' counter(pages); font-size: 9pt; } }")
                .append("body { font-family: 'DejaVu Sans'; font-size: 10.5pt; line-height: 1.45; }")
                .append("h1 { font-size: 18pt; margin: 0 0 4mm 0; } h2 { font-size: 12.5pt; margin: 6mm 0 2mm 0; }")
                .append(
                        ".meta { color: #333; font-size: 9.5pt; } table { width: 100%; border-collapse: collapse; margin-top: 2mm; }")
                .append(
                        "th, td { border: 0.5pt solid #888; padding: 1.5mm; text-align: left; vertical-align: top; font-size: 9.5pt; }")
                .append(".hash { font-size: 7.5pt; word-break: break-all; } p { white-space: pre-wrap; margin: 0; }")
                .append("</style></head><body>");
        html.append("<h1>").append(esc(text.title())).append("</h1>");
        html.append("<div class=\"meta\">")
                .append(esc(regionName))
                .append(" · ")
                .append(esc(labels.get("version")))
                .append(' ')
                .append(version.number())
                .append(" · ")
                .append(esc(statusLabel))
                .append("<br/>SHA-256: <span class=\"hash\">")
                .append(version.sha256())
                .append("</span></div>");
        html.append("<h2>")
                .append(esc(labels.get("parties")))
                .append("</h2><table><tr><th>")
                .append(esc(labels.get("organisation")))
                .append("</th><th>")
                .append(esc(labels.get("contact")))
                .append("</th><th>")
                .append(esc(labels.get("signatory")))
                .append("</th></tr>");
        for (AgreementVersions.PartyText p : text.parties()) {
            html.append("<tr><td>")
                    .append(esc(p.organisationName()))
                    .append("</td><td>")
                    .append(esc(p.contactName()))
                    .append(p.contactEmail() == null ? "" : "<br/>" + esc(p.contactEmail()))
                    .append("</td><td>")
                    .append(esc(p.signatoryName() == null ? "—" : p.signatoryName()))
                    .append("</td></tr>");
        }
        html.append("</table>");
        html.append("<div class=\"meta\" style=\"margin-top:2mm\">")
                .append(esc(labels.get("responseTime")))
                .append(": ")
                .append(text.referralResponseDays())
                .append(
                        text.reviewDate() == null
                                ? ""
                                : " · " + esc(labels.get("reviewDate")) + ": " + text.reviewDate())
                .append("</div>");
        int n = 1;
        for (AgreementVersions.SectionText s : text.sections()) {
            html.append("<h2>")
                    .append(n++)
                    .append(". ")
                    .append(esc(s.title()))
                    .append("</h2><p>")
                    .append(esc(s.body()))
                    .append("</p>");
        }
        html.append("<h2>").append(esc(labels.get("signatures"))).append("</h2>");
        if (signatures.isEmpty()) {
            html.append("<p>").append(esc(labels.get("noSignatures"))).append("</p>");
        } else {
            html.append("<table><tr><th>")
                    .append(esc(labels.get("organisation")))
                    .append("</th><th>")
                    .append(esc(labels.get("signedBy")))
                    .append("</th><th>")
                    .append(esc(labels.get("signedAt")))
                    .append("</th><th>SHA-256</th></tr>");
            for (SignatureLine s : signatures) {
                html.append("<tr><td>")
                        .append(esc(s.organisationName()))
                        .append(s.voided() ? " (" + esc(labels.get("voided")) + ")" : "")
                        .append("</td><td>")
                        .append(esc(s.signedByName()))
                        .append("</td><td>")
                        .append(WHEN.format(s.signedAt()))
                        .append("</td><td class=\"hash\">")
                        .append(s.sha256())
                        .append("</td></tr>");
            }
            html.append("</table>");
        }
        html.append("</body></html>");
        return Pdf.render(html.toString());
    }

    private static String esc(String s) {
        return Pdf.esc(s);
    }
}
