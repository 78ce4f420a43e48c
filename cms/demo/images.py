"""Demo images drawn with Pillow: nothing is downloaded, so the demo builds offline.

Each picture is drawn from a fixed recipe and stored once (looked up by title), so that
loading the demo again reuses it instead of adding copies.
"""

from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection

WIDTH, HEIGHT = 1200, 675
INK = (27, 31, 36)
PAPER = (255, 255, 255)
# The site's palette, so the demo figures look at home next to the text.
COLOURS = [(11, 92, 173), (30, 107, 52), (179, 38, 30), (255, 191, 71), (74, 83, 96)]


def _png(image: PILImage.Image) -> bytes:
    buffer = BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def bar_chart(values: list[int]) -> bytes:
    """Bars of `values` on a white ground with a baseline; labels live in the alt text."""
    image = PILImage.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    left, bottom, top = 120, HEIGHT - 100, 80
    draw.line([(left, top), (left, bottom), (WIDTH - 80, bottom)], fill=INK, width=4)
    step = (WIDTH - 80 - left) // max(len(values), 1)
    highest = max(values) or 1
    for index, value in enumerate(values):
        x0 = left + index * step + step // 5
        x1 = x0 + step * 3 // 5
        y0 = bottom - (bottom - top) * value // highest
        draw.rectangle([x0, y0, x1, bottom - 2], fill=COLOURS[index % len(COLOURS)])
    return _png(image)


def three_circles() -> bytes:
    """Three overlapping circles: THL's three dimensions of participation."""
    image = PILImage.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image, "RGBA")
    radius = 220
    for (cx, cy), colour in zip(
        [(WIDTH // 2 - 150, 280), (WIDTH // 2 + 150, 280), (WIDTH // 2, 440)], COLOURS, strict=False
    ):
        draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], fill=(*colour, 110))
        draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], outline=INK, width=4)
    return _png(image)


def pattern(seed: int) -> bytes:
    """A calm geometric pattern for listing images (decorative: the title says it all)."""
    image = PILImage.new("RGB", (WIDTH, HEIGHT), COLOURS[seed % len(COLOURS)])
    draw = ImageDraw.Draw(image, "RGBA")
    for row in range(6):
        for column in range(10):
            if (row * 3 + column + seed) % 4 == 0:
                x, y = column * 130 + 20, row * 120 + 20
                draw.ellipse([x, y, x + 90, y + 90], fill=(255, 255, 255, 70))
            elif (row + column + seed) % 5 == 0:
                x, y = column * 130 + 30, row * 120 + 30
                draw.rectangle([x, y, x + 70, y + 70], fill=(0, 0, 0, 40))
    return _png(image)


def demo_image(*, title: str, description: str, content: bytes):
    """The stored image titled `title`, created from `content` on the first run."""
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image is not None:
        return image
    collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    filename = title.lower().replace(" ", "-")[:60] + ".png"
    image = Image(title=title, description=description, collection=collection)
    image.file = ImageFile(BytesIO(content), name=filename)
    image.save()
    return image
