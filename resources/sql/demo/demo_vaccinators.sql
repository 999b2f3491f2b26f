-- Demo and benchmark data only (cowin-admin demo-data --vaccinators N), applied as a
-- superuser, called and dropped in one transaction: the states and districts of India, about
-- 130 vaccination centres per district, and N vaccinator accounts with Indian names. Never
-- part of the migrations.

CREATE OR REPLACE FUNCTION admin.demo_vaccinators(p_geography text, p_count integer) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = '' AS $$
DECLARE
    v_line text;
    v_parts text[];
    v_existing bigint;
    v_centres integer;
    v_first text[] := ARRAY['Aarav','Aditi','Aditya','Ajay','Akash','Amit','Ananya','Anil','Anita',
        'Anjali','Arjun','Arun','Asha','Ayesha','Bhavna','Deepa','Deepak','Devendra','Divya',
        'Farhan','Fatima','Gaurav','Geeta','Gurpreet','Harish','Imran','Ishaan','Jaya','Jyoti',
        'Kabir','Kavita','Kiran','Krishna','Lakshmi','Mahesh','Manoj','Meena','Meera','Mohan',
        'Nandini','Naveen','Neha','Nikhil','Nisha','Pooja','Pradeep','Prakash','Priya','Rahul',
        'Rajesh','Rakesh','Ramesh','Ravi','Rekha','Rohan','Sameer','Sanjay','Sarita','Shabnam',
        'Shalini','Shanti','Simran','Sneha','Sunil','Sunita','Suresh','Swati','Tanvi','Usha',
        'Varun','Vijay','Vikram','Vinod','Yash','Zoya','Murugan','Selvi','Lalita','Bindu','Tenzin'];
    v_last text[] := ARRAY['Agarwal','Ahmed','Bhat','Banerjee','Chatterjee','Chauhan','Das','Desai',
        'Deshmukh','Dubey','Gill','Gowda','Gupta','Hegde','Iyer','Jain','Joshi','Kamble','Kapoor',
        'Khan','Kulkarni','Kumar','Mehta','Menon','Mishra','Mukherjee','Naidu','Nair','Pandey',
        'Patel','Patil','Pillai','Prasad','Qureshi','Rao','Reddy','Saxena','Shah','Sharma','Shetty',
        'Singh','Sinha','Srivastava','Thakur','Tiwari','Trivedi','Varma','Verma','Yadav','Bora',
        'Barua','Lepcha','Marak','Sangma','Lalremruata','Devi','Kaur','Pathak','Chaudhary','Rathore',
        'Rajput','Sethi','Malhotra','Bose','Ghosh','Sen','Mohanty','Panda','Sahu','Murmu','Hansda',
        'Oraon','Munda','Tudu','Chettiar','Subramanian','Krishnan','Raman','Naik','Fernandes'];
    v_village_a text[] := ARRAY['Ram','Shiv','Krishna','Lakshmi','Durga','Ganesh','Hanuman','Sita',
        'Gopal','Madhav','Chandra','Surya','Indra','Kali','Devi','Nanda','Bhim','Arjun','Vijay','Amar'];
    v_village_b text[] := ARRAY['pur','nagar','garh','abad','ganj','palli','halli','wadi','gaon',
        'kheda','pet','kot','ner','sar','dih','tola','patti','puram','ur','wada'];
    v_kind text[] := ARRAY['PHC','Sub Centre','CHC','UPHC','Govt Dispensary'];
BEGIN
    SELECT pg_catalog.count(*) INTO v_existing FROM private.vaccinator;
    IF v_existing > 0 THEN
        RETURN v_existing;
    END IF;

    FOREACH v_line IN ARRAY pg_catalog.string_to_array(p_geography, E'\n') LOOP
        CONTINUE WHEN v_line !~ '^[A-Z]{2}\|';
        v_parts := pg_catalog.string_to_array(v_line, '|');
        INSERT INTO private.state (code, name) VALUES (v_parts[1], v_parts[2]) ON CONFLICT DO NOTHING;
        INSERT INTO private.district (state_code, name)
        SELECT v_parts[1], pg_catalog.btrim(d) FROM pg_catalog.unnest(pg_catalog.string_to_array(v_parts[3], ';')) d
        ON CONFLICT DO NOTHING;
    END LOOP;

    -- A district hospital and about 130 centres per district named after villages.
    INSERT INTO private.centre (district_id, name)
    SELECT d.id, 'District Hospital ' || d.name FROM private.district d ON CONFLICT DO NOTHING;
    INSERT INTO private.centre (district_id, name)
    SELECT d.id, v_kind[1 + i % 5] || ' ' || v_village_a[1 + i % 20] || v_village_b[1 + (i / 20) % 20]
      FROM private.district d, pg_catalog.generate_series(0, 100 + (d.id * 37) % 60) i
    ON CONFLICT DO NOTHING;
    SELECT pg_catalog.count(*) INTO v_centres FROM private.centre;

    INSERT INTO private.vaccinator (login_id, full_name, mobile, centre_id, district_id, state_code,
                                    status, must_change_password, password_hash, password_changed_at,
                                    failed_logins, last_login_at, created_at)
    SELECT 'sp' || pg_catalog.lpad(g::text, 7, '0'),
           v_first[1 + (g * 7) % 80] || ' ' || v_last[1 + (g * 13 + g / 80) % 80],
           (6000000000 + (g::bigint * 2654435761) % 4000000000)::text,
           c.id, c.district_id, d.state_code,
           CASE WHEN g % 97 = 0 THEN 'locked' WHEN g % 331 = 0 THEN 'disabled' ELSE 'active' END,
           g % 11 = 0,
           'portal-hash-not-shown',
           pg_catalog.now() - (((g * 31) % 400) || ' days')::interval,
           CASE WHEN g % 97 = 0 THEN 5 ELSE g % 3 END,
           CASE WHEN g % 7 = 0 THEN NULL
                ELSE pg_catalog.now() - (((g * 17) % 129600) || ' minutes')::interval END,
           pg_catalog.now() - (((g * 7) % 900) || ' days')::interval
      FROM pg_catalog.generate_series(1, p_count) g
      JOIN (SELECT ce.id, ce.district_id, pg_catalog.row_number() OVER (ORDER BY ce.id) - 1 AS n
              FROM private.centre ce) c ON c.n = (g::bigint * 7919) % v_centres
      JOIN private.district d ON d.id = c.district_id;

    INSERT INTO private.portal_session (vaccinator_id, created_at)
    SELECT v.id, pg_catalog.now() - interval '1 hour' FROM private.vaccinator v WHERE v.id % 10 = 3;

    PERFORM audit.append('demo.vaccinators_loaded', NULL, NULL, 'demo data',
                         pg_catalog.jsonb_build_object('accounts', p_count, 'centres', v_centres));
    RETURN p_count;
END
$$;
COMMENT ON FUNCTION admin.demo_vaccinators(text, integer) IS
    'Demo only: loads states, districts, centres and p_count vaccinator accounts once.';
