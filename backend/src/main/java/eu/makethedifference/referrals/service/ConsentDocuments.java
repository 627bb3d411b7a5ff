package eu.makethedifference.referrals.service;

/** The type of a consent scan by its content (magic numbers), never by the name or the declared type. */
final class ConsentDocuments {
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private ConsentDocuments() {}

    /** application/pdf, image/jpeg or image/png; null for anything else. */
    static String sniff(byte[] bytes) {
        if (startsWith(bytes, PDF)) {
            return "application/pdf";
        }
        if (startsWith(bytes, JPEG)) {
            return "image/jpeg";
        }
        if (startsWith(bytes, PNG)) {
            return "image/png";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
