/**
 * A paragraph to try the card on, inside the welcome page itself (extension pages get no content
 * script). Its mentions are marked like mentions on the web and open the same card on hover, on
 * focus with the keyboard, or on a tap.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { todayISO } from '~/src/core/dates';
import { shortLabel } from '~/src/core/format';
import type { Entity } from '~/src/core/schema';
import { FactCard } from '~/src/ui/FactCard';
import { t } from '~/src/ui/i18n';

/** The same wait as the card's default hover delay: a pointer passing over does not open it. */
const HOVER_DELAY_MS = 150;

/** The example sentence, split at its placeholders: "$1" → the first body's acronym, and so on. */
const EXAMPLE_IDS = ['unifil', 'kfor', 'eulex'];

export function Example({ byId }: { byId: ReadonlyMap<string, Entity> }) {
  const [open, setOpen] = useState<{ id: string; top: number; left: number } | null>(null);
  const timer = useRef(0);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Esc closes the card wherever focus is, as it does on the web.
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(null);
    addEventListener('keydown', onKey);
    return () => {
      removeEventListener('keydown', onKey);
      clearTimeout(timer.current);
    };
  }, []);

  const show = (id: string, el: HTMLElement) => {
    const r = el.getBoundingClientRect();
    const parent = box.current!.getBoundingClientRect();
    setOpen({ id, top: r.bottom - parent.top + 6, left: Math.max(0, Math.min(r.left - parent.left, parent.width - 380)) });
  };
  const parts = t('welcomeExample', ...EXAMPLE_IDS.map((id) => `\uE000${id}\uE000`)).split('\uE000');
  const entity = open ? byId.get(open.id) : undefined;

  return (
    <div class="example" ref={box}>
      <p class="example-text">
        {parts.map((part, i) => {
          const e = i % 2 === 1 ? byId.get(part) : undefined;
          if (!e) return part;
          return (
            <button
              key={part}
              type="button"
              class="mention"
              data-id={e.id}
              aria-expanded={open?.id === e.id}
              onPointerEnter={(ev) => {
                const el = ev.currentTarget as HTMLElement;
                clearTimeout(timer.current);
                timer.current = window.setTimeout(() => show(e.id, el), HOVER_DELAY_MS);
              }}
              onPointerLeave={() => clearTimeout(timer.current)}
              onFocus={(ev) => show(e.id, ev.currentTarget as HTMLElement)}
              onClick={(ev) => show(e.id, ev.currentTarget as HTMLElement)}
            >
              {shortLabel(e)}
            </button>
          );
        })}
      </p>
      {open && entity ? (
        <div class="example-card" style={{ top: `${open.top}px`, left: `${open.left}px` }}>
          <FactCard
            entity={entity}
            assessment={byId.get('un-peacekeeping')?.contributors ?? []}
            labelOf={(id) => {
              const e = byId.get(id);
              return e ? shortLabel(e) : undefined;
            }}
            onNavigate={(id) => setOpen((o) => (o && byId.has(id) ? { ...o, id } : o))}
            onClose={() => setOpen(null)}
            today={todayISO()}
            copyText={(text) => navigator.clipboard.writeText(text)}
          />
        </div>
      ) : null}
    </div>
  );
}
