"""Draw brdesk's icon (mountains above a green valley) and write it for every system:
brdesk.png (Linux; also copied into the package as the window's icon), brdesk.ico
(Windows), brdesk.icns (macOS).

    python resources/make_icons.py

Drawn in code so the icon can be changed without a design tool, and the three files never
drift apart. The written files are committed: building does not run this.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
SIZE = 1024


def draw(size: int = SIZE) -> Image.Image:
    s = size / 1024
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((0, 0, size - 1, size - 1), radius=int(200 * s), fill="#0072B2")
    # Two peaks, the far one lighter; snow caps; a valley below.
    pen.polygon([(90 * s, 760 * s), (420 * s, 300 * s), (750 * s, 760 * s)], fill="#56B4E9")
    pen.polygon([(300 * s, 800 * s), (640 * s, 220 * s), (960 * s, 800 * s)], fill="#F0F0F0")
    pen.polygon([(640 * s, 220 * s), (560 * s, 357 * s), (610 * s, 330 * s), (650 * s, 370 * s),
                 (700 * s, 320 * s), (725 * s, 365 * s)], fill="#FFFFFF")  # fmt: skip
    pen.polygon([(300 * s, 800 * s), (640 * s, 220 * s), (560 * s, 800 * s)], fill="#D0D7DE")
    pen.rounded_rectangle((60 * s, 760 * s, 964 * s, 900 * s), radius=int(40 * s), fill="#009E73")
    return image


def main() -> None:
    big = draw()
    png = big.resize((256, 256), Image.Resampling.LANCZOS)
    png.save(HERE / "brdesk.png")
    png.save(HERE.parent / "src" / "brdesk" / "data" / "icon.png")  # the window's icon
    big.save(HERE / "brdesk.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64),
                                         (128, 128), (256, 256)])  # fmt: skip
    big.save(HERE / "brdesk.icns")


if __name__ == "__main__":
    main()
