/** Button styles that let a long (translated) label wrap instead of widening a phone screen. */
export const wrapButtonStyles = {
  root: { height: 'auto', minHeight: 'var(--button-height)', maxWidth: '100%' },
  inner: { paddingBlock: 6 },
  label: { whiteSpace: 'normal' as const, textAlign: 'left' as const, overflow: 'visible' },
};
