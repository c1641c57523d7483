/**
 * Marks the section being read on every surface (DOM contract: the active
 * section carries data-active and aria-current="step"). On surfaces that show
 * one section at a time (slides, cards, notes) the others are hidden.
 */
export function markActive(sections: readonly HTMLElement[], index: number, options: { hideOthers?: boolean } = {}): void {
  sections.forEach((section, i) => {
    const active = i === index;
    if (options.hideOthers) section.hidden = !active;
    section.toggleAttribute('data-active', active);
    if (active) section.setAttribute('aria-current', 'step');
    else section.removeAttribute('aria-current');
  });
}
