// When a version was written, as the sharing views show it.
const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });

export const formatWhen = (ms: number) => dateTime.format(new Date(ms));
