package dk.erfaringsgraf.ingest;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The roughly square shapes a page paints with vector paths, filled or stroked: browsers (Chromium's Skia)
 * and some layout programs draw list bullets this way instead of as a glyph. Sizes are not judged here, as
 * the page's text size is not known yet; {@link PdfBullets} does that. Paths arrive from PDFBox already in
 * page space (the current transformation applied, origin bottom left); marks are given in the text's
 * coordinates: points from the crop box's left edge and down from its top edge, as {@link PdfWords} has them.
 */
final class PdfShapes extends PDFGraphicsStreamEngine {

    /** Longer side over shorter side up to which a path's box counts as roughly square (a disc, a square). */
    private static final float SQUARE = 2f;

    /**
     * A painted shape's bounding box in the text's coordinates.
     *
     * @param filled whether it was filled (a disc or square bullet) rather than only stroked (a ring)
     */
    record Mark(float x0, float x1, float top, float bottom, boolean filled) {

        float width() {
            return x1 - x0;
        }

        float height() {
            return bottom - top;
        }

        float middle() {
            return (top + bottom) / 2;
        }
    }

    private final List<Mark> marks = new ArrayList<>();
    private final PDRectangle crop;
    private Rectangle2D path;
    private Point2D current = new Point2D.Float();

    private PdfShapes(PDPage page) {
        super(page);
        this.crop = page.getCropBox();
    }

    /** The roughly square painted shapes of {@code page}; none on a rotated page, whose text axes differ. */
    static List<Mark> of(PDPage page) throws IOException {
        if (page.getRotation() % 360 != 0) {
            return List.of();
        }
        PdfShapes shapes = new PdfShapes(page);
        shapes.processPage(page);
        return shapes.marks;
    }

    private void extend(double x, double y) {
        if (path == null) {
            path = new Rectangle2D.Double(x, y, 0, 0);
        } else {
            path.add(x, y);
        }
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        for (Point2D p : new Point2D[] {p0, p1, p2, p3}) {
            extend(p.getX(), p.getY());
        }
        current = p0;
    }

    @Override
    public void moveTo(float x, float y) {
        extend(x, y);
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        extend(x, y);
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        // control points bound the curve, and a circle's lie on its bounding square
        extend(x1, y1);
        extend(x2, y2);
        extend(x3, y3);
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        // the box is unchanged: the path returns to its start
    }

    @Override
    public void endPath() {
        path = null;
    }

    @Override
    public void strokePath() {
        paint(false);
    }

    @Override
    public void fillPath(int windingRule) {
        paint(true);
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        paint(true);
    }

    private void paint(boolean filled) {
        if (path != null) {
            double longer = Math.max(path.getWidth(), path.getHeight());
            double shorter = Math.min(path.getWidth(), path.getHeight());
            if (shorter > 0 && longer <= SQUARE * shorter) {
                float x0 = (float) (path.getMinX() - crop.getLowerLeftX());
                float top = (float) (crop.getUpperRightY() - path.getMaxY());
                marks.add(new Mark(x0, x0 + (float) path.getWidth(), top, top + (float) path.getHeight(), filled));
            }
        }
        path = null;
    }

    @Override
    public void clip(int windingRule) {
        // a clip is followed by endPath (n), which drops the path
    }

    @Override
    public void drawImage(PDImage image) {
        // images are not marks
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // nor are shadings
    }
}
