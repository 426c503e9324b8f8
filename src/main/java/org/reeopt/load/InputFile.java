package org.reeopt.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Reads an input file safely: only a regular file (after following symbolic links; never a device, a FIFO or a
 * socket, which could block or never end), never more than a size limit (counted while reading, so a file that
 * grows or lies about its size cannot exhaust memory), and only as UTF-8 (a bad byte is reported at its line).
 * A file's content never appears in these messages.
 */
public final class InputFile {
    private InputFile() {
    }

    /** The text of {@code file}, which is shown as {@code name}; {@code kind} says what it should be ("a table"). */
    public static String readText(Path file, String name, long maxBytes, String kind) {
        Path real = realFile(file, name, kind);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new InputException(name, 0, null, "cannot be read: " + reason(e));
        }
        if (bytes.length > maxBytes) {
            throw new InputException(name, 0, null, "is more than the " + maxBytes + " bytes " + kind + " may have");
        }
        return decode(bytes, name);
    }

    /**
     * Where the bytes of {@code file} are (symbolic links followed), checked to be a regular file. Missing files,
     * folders, devices, FIFOs and sockets are bad input.
     */
    public static Path realFile(Path file, String name, String kind) {
        Path real;
        try {
            real = file.toRealPath();
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(name, 0, null, "file not found");
        } catch (IOException e) {
            throw new InputException(name, 0, null, "cannot be read: " + reason(e));
        }
        if (Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new InputException(name, 0, null, "is a folder, not " + kind);
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new InputException(name, 0, null, "is not a regular file (a device, a FIFO or a socket), so it is "
                    + "not read; name " + kind);
        }
        return real;
    }

    /**
     * UTF-8 text without a byte-order mark; a bad byte is named by its line and column. The bytes are checked
     * through a small buffer and then turned into one string, so that a large file is not held three times over.
     */
    private static String decode(byte[] bytes, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer scratch = CharBuffer.allocate(8192);
        CoderResult result;
        do {
            scratch.clear();
            result = decoder.decode(in, scratch, true);
        } while (result.isOverflow());
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new InputException(name, line, null, String.format(java.util.Locale.ROOT,
                    "not valid UTF-8 text (byte 0x%02X at byte %d of the line); save the file as UTF-8",
                    bytes[bad] & 0xFF, bad - lineStart + 1));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** What went wrong with a file, in words, without the path repeated or a Java class name. */
    public static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (e instanceof CharacterCodingException) {
            return "not valid UTF-8 text";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "input/output error" : message;
    }
}
