package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;

/**
 * A page printed as a planner prints it: headless Chromium's print to PDF (its default paper, Letter here, or the
 * paper the page's own {@code @page} rule names), then every PDF page rendered to an image with poppler's pdftoppm.
 * Tests skip with a message where either program is absent (CI installs chromium and poppler-utils).
 */
final class PrintedPages {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** Resolution the pages are rendered at, dots per inch: enough to see a cut chart, small enough to be quick. */
    static final int DPI = 40;

    private PrintedPages() {
    }

    /** Skips the calling test, with a message, where Chromium or pdftoppm is missing. */
    static void assumeTools() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "chromium is not installed (apt-get install chromium): skipping the print test");
        Assumptions.assumeTrue(onPath("pdftoppm"),
                "pdftoppm is not installed (apt-get install poppler-utils): skipping the print test");
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }

    /** Prints {@code html} to {@code work}/NAME.pdf and returns its pages as images, first page first. */
    static List<BufferedImage> print(Path html, Path work) throws IOException, InterruptedException {
        String name = html.getFileName().toString().replace(".html", "");
        Path pdf = work.resolve(name + ".pdf");
        Path log = work.resolve(name + "-chromium.txt");
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + work.resolve(name + "-profile"), "--print-to-pdf=" + pdf,
                "--no-pdf-header-footer", html.toUri().toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
        }
        assertTrue(Files.size(pdf) > 0, "chromium printed no PDF: " + Files.readString(log));
        Path pages = Files.createDirectories(work.resolve(name + "-pages"));
        Process render = new ProcessBuilder("pdftoppm", "-r", Integer.toString(DPI), "-png", pdf.toString(),
                pages.resolve("page").toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(render.waitFor(60, TimeUnit.SECONDS) && render.exitValue() == 0,
                "pdftoppm failed: " + Files.readString(log));
        List<Path> files;
        try (Stream<Path> list = Files.list(pages)) {
            files = list.sorted().toList(); // page-1.png ... page-N.png, zero-padded by pdftoppm when N > 9
        }
        List<BufferedImage> out = new ArrayList<>();
        for (Path f : files) {
            out.add(ImageIO.read(f.toFile()));
        }
        return out;
    }

    /** The rightmost column of {@code page} (pixels from the left) that holds anything not near-white, or -1. */
    static int rightmostInk(BufferedImage page) {
        for (int x = page.getWidth() - 1; x >= 0; x--) {
            for (int y = 0; y < page.getHeight(); y++) {
                int rgb = page.getRGB(x, y);
                if (((rgb >> 16) & 0xff) < 200 || ((rgb >> 8) & 0xff) < 200 || (rgb & 0xff) < 200) {
                    return x;
                }
            }
        }
        return -1;
    }

    /**
     * Asserts that nothing on any page reaches into the right margin: a chart drawn wider than the text column is
     * cut at the paper's edge, so its ink runs up to the last column. {@code marginInches} is the least margin
     * allowed (the stylesheet's is 15 mm).
     */
    static void assertNothingInTheRightMargin(String what, List<BufferedImage> pages, double marginInches) {
        for (int i = 0; i < pages.size(); i++) {
            BufferedImage page = pages.get(i);
            int limit = page.getWidth() - (int) Math.round(marginInches * DPI);
            int ink = rightmostInk(page);
            assertTrue(ink < limit, what + " page " + (i + 1) + ": ink at column " + ink + " of " + page.getWidth()
                    + ", inside the right margin (from column " + limit + "): something is cut at the paper's edge");
        }
    }
}
