// Small pure helpers shared by the annotation views.

const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });

export const formatDateTime = (ms: number) => dateTime.format(new Date(ms));
