import { Alert, List } from '@mantine/core';
import { useEffect } from 'react';
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { formFieldPath, type ApiError } from '@/lib/api/problem';

type FieldError = { field: string; message: string };

type Options<T extends FieldValues> = {
  serverError: ApiError | null | undefined;
  setError: UseFormSetError<T>;
  /** The lists of the form (see formFieldPath) */
  arrays: readonly string[];
  /** Which paths the form shows an error at */
  isField: (path: string) => boolean;
};

/**
 * Puts a 400's field errors at the form's fields; returns those the form has no field for, to be
 * shown with UnplacedFieldErrors.
 */
export function useServerFieldErrors<T extends FieldValues>({
  serverError,
  setError,
  arrays,
  isField,
}: Options<T>): FieldError[] {
  useEffect(() => {
    if (!serverError) return;
    for (const e of serverError.fieldErrors) {
      const path = formFieldPath(e.field, arrays, isField);
      if (path) setError(path as FieldPath<T>, { message: e.message });
    }
  }, [serverError, setError, arrays, isField]);
  return (serverError?.fieldErrors ?? []).filter((e) => !formFieldPath(e.field, arrays, isField));
}

/** Field errors of the server that belong to no field of the form. */
export function UnplacedFieldErrors({ errors }: { errors: FieldError[] }) {
  if (errors.length === 0) return null;
  return (
    <Alert color="red" variant="light" role="alert">
      <List size="sm">
        {errors.map((e) => (
          <List.Item key={`${e.field}-${e.message}`}>
            {e.field}: {e.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
