-- A locked month of nhuận bút is never rewritten: corrections go in as adjustment lines in a later
-- month (lib/royalties/months.ts). The app keeps to that; these triggers make the database refuse it
-- too, whoever writes — a script, a console, a bug. Plain PL/pgSQL: it runs on PGlite and PostgreSQL.
CREATE FUNCTION royalty_month_is_locked(m text) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM royalty_months WHERE month = m AND status = 'locked')
$$;
--> statement-breakpoint
CREATE FUNCTION royalty_lines_refuse_locked() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  m text;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT month INTO m FROM royalty_entries WHERE id = OLD.entry_id;
    IF royalty_month_is_locked(m) THEN
      RAISE EXCEPTION 'Tháng % đã khóa sổ nhuận bút: không được sửa hay xóa dòng của tháng này, hãy ghi điều chỉnh vào tháng sau.', m
        USING ERRCODE = '55000';
    END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT month INTO m FROM royalty_entries WHERE id = NEW.entry_id;
    IF royalty_month_is_locked(m) THEN
      RAISE EXCEPTION 'Tháng % đã khóa sổ nhuận bút: không được thêm dòng vào tháng này, hãy ghi điều chỉnh vào tháng sau.', m
        USING ERRCODE = '55000';
    END IF;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER royalty_lines_locked_guard BEFORE INSERT OR UPDATE OR DELETE ON royalty_lines
  FOR EACH ROW EXECUTE FUNCTION royalty_lines_refuse_locked();
--> statement-breakpoint
CREATE FUNCTION royalty_entries_refuse_locked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND royalty_month_is_locked(OLD.month) THEN
    RAISE EXCEPTION 'Tháng % đã khóa sổ nhuận bút: không được sửa hay xóa khoản của tháng này, hãy ghi điều chỉnh vào tháng sau.', OLD.month
      USING ERRCODE = '55000';
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND royalty_month_is_locked(NEW.month) THEN
    RAISE EXCEPTION 'Tháng % đã khóa sổ nhuận bút: không được thêm khoản vào tháng này, hãy ghi điều chỉnh vào tháng sau.', NEW.month
      USING ERRCODE = '55000';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER royalty_entries_locked_guard BEFORE INSERT OR UPDATE OR DELETE ON royalty_entries
  FOR EACH ROW EXECUTE FUNCTION royalty_entries_refuse_locked();
--> statement-breakpoint
-- A lock is final: the month's row cannot be unlocked or removed.
CREATE FUNCTION royalty_months_refuse_unlock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'locked' THEN
    RAISE EXCEPTION 'Tháng % đã khóa sổ nhuận bút: không mở khóa hay xóa được.', OLD.month
      USING ERRCODE = '55000';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER royalty_months_locked_guard BEFORE UPDATE OR DELETE ON royalty_months
  FOR EACH ROW EXECUTE FUNCTION royalty_months_refuse_unlock();
