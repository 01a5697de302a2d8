export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return <span id={id} />;
  return (
    <p id={id} className="mt-1 text-sm text-danger">
      {errors.join(' ')}
    </p>
  );
}
