import { Button, type ButtonProps } from '@mantine/core';
import { Link } from 'react-router';

type Props = ButtonProps & { to: string; children: React.ReactNode };

/** A router link that looks like a button. */
export function LinkButton({ to, children, ...rest }: Props) {
  return (
    <Button component={Link} to={to} {...rest}>
      {children}
    </Button>
  );
}
