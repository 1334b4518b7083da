export const handler = async (event) => ({ module: 'esm', name: event.name });
