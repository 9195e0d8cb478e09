// Bokmål texts of the agent's keyboard shortcuts and their help overlay (shortcuts/shortcuts-help.tsx).
export const shortcutsNb = {
  'shortcuts.button': 'Hurtigtaster',
  'shortcuts.heading': 'Hurtigtaster',
  'shortcuts.intro': 'Tastene virker overalt i appen, bortsett fra mens du skriver i et felt: trykk Esc først.',
  'shortcuts.close': 'Lukk',
  'shortcuts.search': 'Gå til søket (første felt)',
  'shortcuts.firstTime': 'Første ledige tid på siden',
  'shortcuts.nextWeek': 'Neste uke, når en behandlers uke er åpen',
  'shortcuts.previousWeek': 'Forrige uke, når en behandlers uke er åpen',
  'shortcuts.bookings': 'Mine bookinger',
  'shortcuts.help': 'Denne oversikten',
  'shortcuts.arrows': 'Bytt uke inne i en behandlers uke',
  'shortcuts.enter': 'Åpne tiden eller lenken som har fokus, send skjemaet',
  'shortcuts.escape': 'Gå ut av feltet du skriver i (så virker tastene), lukk denne oversikten eller en dialog',
  'shortcuts.none.firstTime': 'Ingen ledige tider på denne siden.',
  'shortcuts.none.week': 'Neste og forrige uke finnes når en behandlers uke er åpen.',
} as const;
