import { Box, Checkbox, Input, Radio, SimpleGrid, type SimpleGridProps } from '@mantine/core';
import { useId, type ReactNode, type Ref } from 'react';

type Option = { value: string; label: ReactNode; description?: ReactNode };

type Props = {
  legend: ReactNode;
  description?: ReactNode;
  options: readonly Option[];
  error?: string;
  required?: boolean;
  cols?: SimpleGridProps['cols'];
  /** The first choice's ref, so that the form can move the focus to an invalid list. */
  inputRef?: Ref<HTMLInputElement>;
} & (
  | { multiple: true; value: readonly string[]; onChange: (value: string[]) => void }
  | { multiple?: false; name: string; value: string; onChange: (value: string) => void }
);

/**
 * A checklist (or a choice of one) as a fieldset with its legend, a description and an error that the
 * group announces (aria-describedby), one column on phones.
 */
export function ChoiceFieldset(props: Props) {
  const id = useId();
  const descriptionId = props.description ? `${id}-description` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <Box
      component="fieldset"
      aria-describedby={describedBy}
      m={0}
      p={0}
      style={{ border: 0, minWidth: 0 }}
    >
      <Input.Label component="legend" required={props.required} p={0}>
        {props.legend}
      </Input.Label>
      {props.description && (
        <Input.Description id={descriptionId} mb={4}>
          {props.description}
        </Input.Description>
      )}
      <SimpleGrid cols={props.cols ?? { base: 1, sm: 2 }} spacing="xs" mt="xs">
        {props.options.map((option, index) =>
          props.multiple ? (
            <Checkbox
              key={option.value}
              ref={index === 0 ? props.inputRef : undefined}
              value={option.value}
              label={option.label}
              description={option.description}
              checked={props.value.includes(option.value)}
              aria-invalid={props.error ? true : undefined}
              onChange={(event) => {
                const checked = event.currentTarget.checked;
                props.onChange(
                  checked
                    ? [...props.value, option.value]
                    : props.value.filter((v) => v !== option.value),
                );
              }}
            />
          ) : (
            <Radio
              key={option.value}
              ref={index === 0 ? props.inputRef : undefined}
              name={props.name}
              value={option.value}
              label={option.label}
              description={option.description}
              checked={props.value === option.value}
              aria-invalid={props.error ? true : undefined}
              onChange={() => props.onChange(option.value)}
            />
          ),
        )}
      </SimpleGrid>
      {props.error && (
        <Input.Error id={errorId} mt={4}>
          {props.error}
        </Input.Error>
      )}
    </Box>
  );
}
