package org.reeopt.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;

/**
 * What report.xlsx and report.docx share: fixed document dates and zip entry times, so that the same result gives
 * the same bytes (an Office file is a zip whose entries and core properties otherwise carry the time of writing).
 */
final class OfficeFiles {
    /** The date every Office file of a report carries: 2000-01-01T00:00:00Z (a fixed stamp, not the solve date). */
    static final long FIXED_MILLIS = 946_684_800_000L;

    private static final LocalDateTime FIXED_LOCAL = LocalDateTime.of(2000, 1, 1, 0, 0);

    private OfficeFiles() {
    }

    /** Sets the fixed creator and dates, writes {@code document} and re-zips it with fixed entry times. */
    static byte[] bytes(POIXMLDocument document, String title) {
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        core.setCreator("reeopt");
        core.setTitle(title);
        core.setCreated(Optional.of(new Date(FIXED_MILLIS)));
        core.setModified(Optional.of(new Date(FIXED_MILLIS)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (document) {
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fixedTimes(out.toByteArray());
    }

    /** The same zip, entry by entry in the same order, with every entry's time set to 2000-01-01 00:00. */
    static byte[] fixedTimes(byte[] zip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream rezipped = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(FIXED_LOCAL); // a local date-time: the bytes do not depend on the time zone
                rezipped.putNextEntry(copy);
                in.transferTo(rezipped);
                rezipped.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
