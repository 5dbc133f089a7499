/**
 * Wide tables scroll sideways inside a labelled, focusable region (`role="region"`, `tabIndex={0}`, an aria-label):
 * a shadow on the edge with more to see tells that it scrolls (covers that travel with the content hide it at the
 * ends). One rule for the pane and the page, whoever wrote the region; Fluent's Select never grows past its field.
 */
export const SCROLL_REGION_CSS = `
[role="region"][tabindex="0"] {
  background-color: var(--colorNeutralBackground1);
  background-image:
    linear-gradient(to right, var(--colorNeutralBackground1) 40%, transparent),
    linear-gradient(to left, var(--colorNeutralBackground1) 40%, transparent),
    radial-gradient(farthest-side at 0 50%, var(--colorNeutralStrokeAccessible), transparent),
    radial-gradient(farthest-side at 100% 50%, var(--colorNeutralStrokeAccessible), transparent);
  background-position: left center, right center, left center, right center;
  background-size: 2.5rem 100%, 2.5rem 100%, 0.75rem 100%, 0.75rem 100%;
  background-repeat: no-repeat;
  background-attachment: local, local, scroll, scroll;
}
.fui-Select { min-width: 0; max-width: 100%; }
.fui-Select__select { min-width: 0; text-overflow: ellipsis; }
`;
