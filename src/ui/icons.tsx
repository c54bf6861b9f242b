/**
 * Interface icons as inline SVG drawn by Preact: a font glyph such as ⓘ shows as a missing-character
 * box where the reader's fonts lack it. Decorative: the button around an icon carries the label.
 */
const base = {
  width: 16,
  height: 16,
  viewBox: '0 0 16 16',
  'aria-hidden': 'true',
  focusable: 'false',
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': 1.6,
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
} as const;

/** A card with lines: "open the fact card". */
export const CardIcon = () => (
  <svg {...base} class="icon">
    <rect x="2" y="2.5" width="12" height="11" rx="2" />
    <path d="M5 6h6M5 8.5h6M5 11h3.5" />
  </svg>
);

export const BackIcon = () => (
  <svg {...base} class="icon">
    <path d="M9.5 3.5 5 8l4.5 4.5" />
  </svg>
);

/** A circular arrow: "reload". */
export const ReloadIcon = () => (
  <svg {...base} class="icon">
    <path d="M13 8a5 5 0 1 1-1.6-3.7" />
    <path d="M13 2.5v3h-3" />
  </svg>
);

export const KeyboardIcon = () => (
  <svg {...base} class="icon">
    <rect x="1.5" y="4" width="13" height="8" rx="1.5" />
    <path d="M4 7h.01M6.5 7h.01M9 7h.01M11.5 7h.01M5 9.5h6" />
  </svg>
);
