#pragma once

#include <QColor>
#include <QPalette>

// Colours for banners and markers derived from the palette in use, so they read as well in a
// dark colour scheme as in a light one: a hue blended into the window colour, text colours that
// keep their contrast with it.
class PaletteTones
{
public:
    enum class Tone { Info, Warning, Error };

    // A background for a banner of this tone: the window colour with the tone's hue blended in
    // (more of it on dark windows, where a faint tint would not show).
    static QColor background(const QPalette &palette, Tone tone);
    // Text that marks a problem (a bouncing address, a list's errors) on the palette's base and
    // window colours: a red as light or dark as the palette's own text.
    static QColor problemText(const QPalette &palette);
    // The hue of a tone, before blending.
    static QColor hue(Tone tone);
    // Relative luminance (WCAG), for contrast checks.
    static qreal luminance(const QColor &colour);
    static qreal contrast(const QColor &a, const QColor &b);
};
