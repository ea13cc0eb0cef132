import {
  createTheme,
  darken,
  NavLink,
  defaultVariantColorsResolver,
  Notification,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';

/** Colours whose darkest shade is still too light to read as text on their own pale background. */
const PALE_COLOURS = new Set(['yellow', 'orange', 'lime']);

/**
 * Text on light badges, alerts and outlines at WCAG AA contrast (4.5:1 or more): the colour's
 * darkest shade, darkened further for the pale ones.
 */
const readableVariantColors: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const color = input.color ?? input.theme.primaryColor;
  const palette = input.theme.colors[color];
  if (!palette || (input.variant !== 'light' && input.variant !== 'outline')) return colors;
  const text = PALE_COLOURS.has(color) ? darken(palette[9], 0.45) : palette[9];
  return { ...colors, color: text, ...(input.variant === 'outline' ? { border: text } : {}) };
};

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 8 under white text and as text on white: at least 4.5:1 (shade 6 was 4.2:1).
  primaryShade: { light: 8, dark: 6 },
  variantColorResolver: readableVariantColors,
  // Keyboard users always see where they are.
  focusRing: 'always',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  defaultRadius: 'sm',
  components: {
    // The active link's description at full strength (Mantine fades it to 90%, below 4.5:1).
    NavLink: NavLink.extend({ styles: { description: { '--description-opacity': 1 } as React.CSSProperties } }),
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Close this message' } },
    }),
  },
});

/**
 * Secondary text dark enough to read: descriptions and "dimmed" text in gray 7 (8.6:1 on white;
 * Mantine's gray 6 is 3.3:1), placeholders in a grey of 4.9:1 that still reads as a hint.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-placeholder': '#6b7178' },
  dark: {},
});
