export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return <span id={id} />;
  return (
    <p id={id} className="mt-1 text-sm text-red-800">
      {errors.join(' ')}
    </p>
  );
}
