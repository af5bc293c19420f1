/** A file that cannot be converted, with the reason as a user should see it. */
export class PackageError extends Error {
  override name = 'PackageError';
}
